package io.quartier.catalog.api;

import java.util.List;

/**
 * Every option group of a product, replacing the current ones (an empty list removes them). Options get new
 * ids: a basket holding an old option is told at checkout that it must choose again.
 */
public record OptionGroupsChange(List<OptionGroupDraft> groups) {
}

/** What both web shells share: login against identity, the locale choice, REST clients of the core contexts, and turning their problems into translated messages. */
package io.quartier.ui;

/** Page rows shared by both webapps: JavaBeans over the api records, since Expression Language does not read record components. */
package io.quartier.ui.model;

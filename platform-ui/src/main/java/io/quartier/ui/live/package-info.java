/**
 * Live updates of open pages. A page asks for a socket with {@code <q:live command="..."/>}; the webapp's
 * message-driven beans turn events into {@link io.quartier.ui.live.LivePush pushes} on topics; the
 * browser then runs the page's remote command, which re-reads what changed.
 *
 * <p>Not Faces' {@code <f:websocket>}: Mojarra keeps its channel registry in a static field of the server's
 * shared Faces module, so on a server with two webapps only the first one to open a socket can push (the
 * other's sockets are closed with 1008 "Unknown channel"). These classes live in each webapp's own
 * {@code WEB-INF/lib}, so each webapp has its own registry.
 */
package io.quartier.ui.live;

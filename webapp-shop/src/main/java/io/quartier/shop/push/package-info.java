/** Live updates: message-driven beans on the event topics, pushing to open pages through Faces WebSocket channels. */
package io.quartier.shop.push;

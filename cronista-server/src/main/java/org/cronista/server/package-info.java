/**
 * Cronista's HTTP server: {@link org.cronista.server.CronistaServer} serves the JSON API (events,
 * articles, actors, dyad time series, tension and alerts, the actor network, the map, coding an
 * article, and ingest when allowed), its OpenAPI description and the analysts' web page, configured
 * by one {@link org.cronista.server.ServerSettings}.
 */
package org.cronista.server;

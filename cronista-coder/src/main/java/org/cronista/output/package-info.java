/**
 * Output formats shared by the command line, the store and the server: an event as a JSON object
 * ({@link org.cronista.output.EventJson}) and as a row of GDELT 2.0's 61-column event table
 * ({@link org.cronista.output.GdeltEventRow}).
 */
package org.cronista.output;

/**
 * Russian word order for the coder: {@link org.cronista.analysis.ru.RussianWordOrder} puts a
 * nominative subject named after its verb first.
 */
package org.cronista.analysis.ru;

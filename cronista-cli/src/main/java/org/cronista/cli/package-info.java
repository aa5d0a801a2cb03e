/**
 * The {@code cronista} command line (picocli): one subcommand per task — {@code code} an article,
 * and the store, evaluation, dictionary and server commands.
 */
package org.cronista.cli;

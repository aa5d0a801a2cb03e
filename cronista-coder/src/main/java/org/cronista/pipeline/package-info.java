/**
 * The one place where the stages are wired: {@link org.cronista.pipeline.Pipeline} takes an
 * {@link org.cronista.api.Article} through language identification, analysis, places, actors,
 * events, location and dates, and returns a {@link org.cronista.pipeline.CodedArticle}.
 */
package org.cronista.pipeline;

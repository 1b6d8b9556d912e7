import nlp from 'compromise';

/** compromise, loaded once per process (or worker); extractors reach it only through here. */
export { nlp };
export type NlpView = ReturnType<typeof nlp>;

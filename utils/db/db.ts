import { KommaDB } from './komma-db';

/** The background's single connection; pages reach the data through messages, not through this. */
export const db = new KommaDB();

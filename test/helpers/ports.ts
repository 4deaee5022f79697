/** A free port on 127.0.0.1 for the tests to listen on. */
export { freePort } from '../../src/util/freePort';

// A module worker that answers where a number is, as a store running in a worker would (no DOM there).
import { placeOf } from '../../src/geo/places.js';

addEventListener('message', (event: MessageEvent<string>) => {
  placeOf(event.data).then(
    (place) => postMessage(place),
    (error: unknown) => postMessage({ error: String(error) }),
  );
});

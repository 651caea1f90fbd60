import { actions, useAppStore } from '../../state/store';

/** "Route from here", "Route to here" and "Avoid on routes" for the details panel. */
export function RouteButtons({ id }: { id: string }) {
  const route = useAppStore((s) => s.route);
  const avoided = route.avoid.includes(id);
  return (
    <>
      <button type="button" className="btn btn-small" aria-pressed={route.from === id} onClick={() => {
        actions.setRoute({ from: id, to: route.to === id ? null : route.to });
        actions.askRouteEnd('to');
      }}>
        Route from here
      </button>
      <button type="button" className="btn btn-small" aria-pressed={route.to === id} onClick={() => {
        actions.setRoute({ to: id, from: route.from === id ? null : route.from });
        actions.askRouteEnd('from');
      }}>
        Route to here
      </button>
      {(route.from !== null || route.to !== null) && (
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={avoided}
          onClick={() => {
            actions.setRoute({ avoid: avoided ? route.avoid.filter((a) => a !== id) : [...route.avoid, id] });
          }}
        >
          {avoided ? 'Allow on route' : 'Avoid on route'}
        </button>
      )}
    </>
  );
}

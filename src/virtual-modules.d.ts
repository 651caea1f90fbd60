declare module 'virtual:pathwise-map-checks' {
  /** Shipped maps the build ran through the full loader, by the path the app fetches them from (vite-plugin-maps.ts); empty in dev. */
  export const mapChecks: Readonly<Record<string, { readonly sha256: string; readonly defaults: import('./core/index').DefaultsAdded }>>;
}

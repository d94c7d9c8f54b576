import L from "leaflet";
import Supercluster from "supercluster";
import type { MapPoint } from "./map-points.ts";

// The overview map's clusters with supercluster: the index is built once per filter, and
// only what is in view (plus a margin) is on the map as Leaflet markers, redrawn after
// each pan or zoom. Markers that stay in view are kept, so a focused marker keeps focus.
// The cluster icons use markercluster's class names, which map.css styles.

interface PointProperties {
  /** The point's place in the list given to setPoints. */
  at: number;
}

export interface ClusterLayerOptions {
  /** The marker of a single monument; called once per monument, the marker is kept. */
  markerFor(point: MapPoint): L.Marker;
  /** A single monument's marker was clicked or activated with the keyboard. */
  onPoint(point: MapPoint, marker: L.Marker): void;
  /** The accessible name of a cluster: "12 monumenten: inzoomen". */
  clusterTitle(count: number): string;
}

/** Cluster radius in pixels, as markercluster's maxClusterRadius was. */
const RADIUS = 60;

export class ClusterLayer {
  private readonly layer = L.layerGroup();
  private readonly singles = new Map<number, L.Marker>();
  private shown = new Map<string, L.Marker>();
  private index: Supercluster<PointProperties> | undefined;
  private points: readonly MapPoint[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly options: ClusterLayerOptions,
  ) {
    this.layer.addTo(map);
    map.on("moveend", () => this.render());
  }

  /** Clusters these points from now on (the monuments the filters let through) and draws them. */
  setPoints(points: readonly MapPoint[]): void {
    this.points = points;
    const maxZoom = Math.max(0, Math.min(this.map.getMaxZoom(), 22) - 1);
    this.index = new Supercluster<PointProperties>({ radius: RADIUS, maxZoom, minPoints: 2 }).load(
      points.map((point, at) => ({ type: "Feature", geometry: { type: "Point", coordinates: [point.lng, point.lat] }, properties: { at } })),
    );
    this.layer.clearLayers();
    this.shown = new Map();
    this.render();
  }

  /** Draws the clusters and single markers of the current view. */
  render(): void {
    if (!this.index) return;
    const bounds = this.map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const next = new Map<string, L.Marker>();
    for (const feature of this.index.getClusters(bbox, Math.floor(this.map.getZoom()))) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ("cluster" in properties && properties.cluster) {
        const key = `c${properties.cluster_id}`;
        next.set(key, this.shown.get(key) ?? this.clusterMarker(properties.cluster_id, properties.point_count, lat, lng));
      } else {
        const point = this.points[(properties as PointProperties).at]!;
        next.set(`p${point.index}`, this.single(point));
      }
    }
    for (const [key, marker] of this.shown) if (!next.has(key)) this.layer.removeLayer(marker);
    for (const [key, marker] of next) if (!this.shown.has(key)) this.layer.addLayer(marker);
    this.shown = next;
  }

  private single(point: MapPoint): L.Marker {
    let marker = this.singles.get(point.index);
    if (!marker) {
      const made = this.options.markerFor(point);
      made.on("click", () => this.options.onPoint(point, made));
      made.on("keypress", (event) => {
        if (isActivation(event as L.LeafletKeyboardEvent)) this.options.onPoint(point, made);
      });
      this.singles.set(point.index, (marker = made));
    }
    return marker;
  }

  private clusterMarker(clusterId: number, count: number, lat: number, lng: number): L.Marker {
    const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ html: `<div><span>${count}</span></div>`, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) }),
      title: this.options.clusterTitle(count),
      keyboard: true,
    });
    const expand = (byKeyboard: boolean) => {
      const zoom = Math.min(this.index!.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
      this.map.setView([lat, lng], zoom);
      // The cluster's marker is gone: keep keyboard focus on the map, from where Tab reaches the new markers.
      if (byKeyboard) this.map.getContainer().focus();
    };
    marker.on("click", () => expand(false));
    marker.on("keypress", (event) => {
      if (isActivation(event as L.LeafletKeyboardEvent)) expand(true);
    });
    return marker;
  }
}

function isActivation(event: L.LeafletKeyboardEvent): boolean {
  const key = event.originalEvent.key;
  if (key === " ") event.originalEvent.preventDefault();
  return key === "Enter" || key === " ";
}

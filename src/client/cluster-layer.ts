import L from "leaflet";
import Supercluster from "supercluster";
import type { MapPoint } from "./map-points.ts";
import { spreadOffsets, type Offset } from "./spread.ts";

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
  /** Its icon moved `offset` px, when markers at one place are set side by side. */
  iconFor(point: MapPoint, offset: Offset): L.Icon | L.DivIcon;
  /** A single monument's marker was clicked or activated with the keyboard. */
  onPoint(point: MapPoint, marker: L.Marker): void;
  /** The accessible name of a cluster: "12 monumenten: inzoomen". */
  clusterTitle(count: number): string;
}

/** Cluster radius in pixels, as markercluster's maxClusterRadius was. */
const RADIUS = 60;
/** A monument marker's size in pixels (markers.ts), for setting markers at one place side by side. */
const MARKER_SIZE = 28;
/** Past this many single markers in view, they are not spread (the spreading is quadratic). */
const MAX_SPREAD = 200;

export class ClusterLayer {
  private readonly layer = L.layerGroup();
  private readonly singles = new Map<number, L.Marker>();
  private readonly offsets = new Map<number, string>();
  private shown = new Map<string, L.Marker>();
  private index: Supercluster<PointProperties> | undefined;
  private points: readonly MapPoint[] = [];
  private byIndex = new Map<number, MapPoint>();

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
    this.byIndex = new Map(points.map((point) => [point.index, point]));
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
    this.spread([...next.keys()].filter((key) => key.startsWith("p")).map((key) => Number(key.slice(1))));
    for (const [key, marker] of next) if (!this.shown.has(key)) this.layer.addLayer(marker);
    this.shown = next;
  }

  /**
   * Past the last zoom with clusters, monuments at one address (be-MINE and its museum) would
   * lie on top of each other: they are set side by side, as a route's stops are.
   */
  private spread(indexes: readonly number[]): void {
    const zoom = this.map.getZoom();
    const spreading = zoom > this.index!.options.maxZoom && indexes.length <= MAX_SPREAD;
    const byIndex = this.byIndex;
    const offsets: Offset[] = spreading
      ? spreadOffsets(indexes.map((index) => this.map.project([byIndex.get(index)!.lat, byIndex.get(index)!.lng], zoom)), MARKER_SIZE)
      : indexes.map(() => ({ dx: 0, dy: 0 }));
    indexes.forEach((index, at) => {
      const offset = offsets[at]!;
      const key = `${offset.dx},${offset.dy}`;
      if ((this.offsets.get(index) ?? "0,0") === key) return;
      this.offsets.set(index, key);
      this.singles.get(index)!.setIcon(this.options.iconFor(byIndex.get(index)!, offset));
    });
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

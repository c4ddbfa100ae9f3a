export { FarZoomLayer } from './FarZoomLayer';
export { FAR_ZOOM_BELOW, isOnMap, useFarZoomEdges, useFarZoomNodes } from './farZoomNodes';

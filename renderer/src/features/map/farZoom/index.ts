export { FarZoomLayer } from './FarZoomLayer';
export { FAR_ZOOM_BELOW, isOnMap, useFarZoomElements } from './farZoomNodes';

export { FarZoomLayer } from './FarZoomLayer';
export { FAR_ZOOM_BELOW, isOnMap, useFarZoomNodes } from './farZoomNodes';

package org.acorn.directory.openreferral;

/** Great-circle distances on the WGS84 mean radius: plenty for "within 5 km" of a postcode. */
final class Distance {

    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distance() { }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude and longitude that a radius spans around a point: the box a database pre-filters by. */
    static double[] box(double lat, double lon, double metres) {
        double dLat = Math.toDegrees(metres / EARTH_RADIUS_METRES);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double dLon = Math.min(180, dLat / cos);
        return new double[] {lat - dLat, lat + dLat, lon - dLon, lon + dLon};
    }
}

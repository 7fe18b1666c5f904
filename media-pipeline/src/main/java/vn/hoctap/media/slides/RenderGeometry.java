package vn.hoctap.media.slides;

/**
 * Pixel sizes of the two images of a slide from its size in points, with the render scale capped so that an
 * absurd page (a 200 × 14 400 pt strip, a poster) cannot make a huge bitmap.
 *
 * <p>The large image is {@value #LARGE_WIDTH} px wide unless the page is more than {@value #MAX_ASPECT}
 * times taller than wide; then it is {@value #LARGE_WIDTH} × {@value #MAX_ASPECT} px high and narrower. The
 * small image is half the large one ({@value #SMALL_WIDTH} px for normal pages).
 */
record RenderGeometry(int largeWidth, int largeHeight, int smallWidth, int smallHeight, boolean capped) {

    static final int LARGE_WIDTH = 1280;
    static final int SMALL_WIDTH = 640;
    static final int MAX_ASPECT = 4;
    static final int MAX_LARGE_HEIGHT = LARGE_WIDTH * MAX_ASPECT;

    /**
     * @param widthPoints  width of the page as shown (after rotation), in points
     * @param heightPoints height of the page as shown, in points
     * @return {@code null} when the page has no usable size (zero, negative or not a number)
     */
    static RenderGeometry of(double widthPoints, double heightPoints) {
        if (!(widthPoints > 0) || !(heightPoints > 0) || Double.isInfinite(widthPoints) || Double.isInfinite(heightPoints)) {
            return null;
        }
        double scale = LARGE_WIDTH / widthPoints;
        boolean capped = false;
        if (heightPoints * scale > MAX_LARGE_HEIGHT) {
            scale = MAX_LARGE_HEIGHT / heightPoints;
            capped = true;
        }
        int largeWidth = clamp((int) Math.round(widthPoints * scale), LARGE_WIDTH);
        int largeHeight = clamp((int) Math.round(heightPoints * scale), MAX_LARGE_HEIGHT);
        double half = (double) SMALL_WIDTH / LARGE_WIDTH;
        int smallWidth = Math.max(1, (int) Math.round(largeWidth * half));
        int smallHeight = Math.max(1, (int) Math.round(largeHeight * half));
        return new RenderGeometry(largeWidth, largeHeight, smallWidth, smallHeight, capped);
    }

    private static int clamp(int value, int max) {
        return Math.max(1, Math.min(max, value));
    }
}

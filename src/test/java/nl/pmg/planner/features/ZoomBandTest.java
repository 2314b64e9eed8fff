package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZoomBandTest {

    @Test
    void toleranceIsHalfAPixelAtTheBandsLowestZoom() {
        // 95,960 m per pixel at zoom 0 and 52.2° N; half of it at zoom 8: 95,960 / 256 / 2 = 187.42 m
        assertThat(ZoomBand.Z8.toleranceM()).isEqualTo(187.421875);
        assertThat(ZoomBand.Z7.toleranceM()).isEqualTo(2 * ZoomBand.Z8.toleranceM());
        assertThat(ZoomBand.Z12.toleranceM()).isEqualTo(ZoomBand.Z8.toleranceM() / 16);
    }

    @Test
    void picksTheBandForEachZoomAndFullDetailFromFourteen() {
        assertThat(ZoomBand.forZoom(3)).contains(ZoomBand.Z7);
        assertThat(ZoomBand.forZoom(7)).contains(ZoomBand.Z7);
        assertThat(ZoomBand.forZoom(8)).contains(ZoomBand.Z8);
        assertThat(ZoomBand.forZoom(9)).contains(ZoomBand.Z8);
        assertThat(ZoomBand.forZoom(11)).contains(ZoomBand.Z10);
        assertThat(ZoomBand.forZoom(13)).contains(ZoomBand.Z12);
        assertThat(ZoomBand.forZoom(14)).isEqualTo(Optional.empty());
    }

    @Test
    void picksTheSameBandForARdNewLevelOfTheSameResolution() {
        // NetherlandsRDNewQuad level 3: 3440.64 / 8 = 430.08 m per pixel, between zoom 7 (750) and 8 (375)
        assertThat(ZoomBand.forResolution(TileMatrixSet.NETHERLANDS_RD_NEW_QUAD.groundMetresPerPixel(3))).contains(ZoomBand.Z7);
        // level 7: 26.88 m per pixel, about zoom 11.8
        assertThat(ZoomBand.forResolution(TileMatrixSet.NETHERLANDS_RD_NEW_QUAD.groundMetresPerPixel(7))).contains(ZoomBand.Z10);
        // WebMercatorQuad 12 in the Netherlands is zoom 12 itself
        assertThat(ZoomBand.forResolution(TileMatrixSet.WEB_MERCATOR_QUAD.groundMetresPerPixel(12))).contains(ZoomBand.Z12);
    }
}

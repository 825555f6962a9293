package demo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"

	"github.com/pocketbase/pocketbase/tools/filesystem"
)

// coverImage draws a simple two-tone banner (no text: the machine may have
// no CJK fonts) so catalog cards have a picture.
func coverImage(name string, hue int) (*filesystem.File, error) {
	const w, h = 480, 270
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	base := palette[hue%len(palette)]
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			k := float64(x+y) / float64(w+h)
			img.Set(x, y, color.RGBA{
				R: uint8(float64(base.R) * (1 - 0.35*k)),
				G: uint8(float64(base.G) * (1 - 0.35*k)),
				B: uint8(float64(base.B) * (1 - 0.2*k)),
				A: 255,
			})
		}
	}
	// A lighter band like a chart, so covers differ at a glance.
	for i := 0; i < 6; i++ {
		bh := 30 + (hue*17+i*29)%120
		for y := h - 20 - bh; y < h-20; y++ {
			for x := 40 + i*60; x < 80+i*60; x++ {
				img.Set(x, y, color.RGBA{255, 255, 255, 90})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return filesystem.NewFileFromBytes(buf.Bytes(), name+".png")
}

var palette = []color.RGBA{
	{22, 93, 255, 255}, {0, 150, 136, 255}, {255, 125, 0, 255}, {114, 46, 209, 255},
	{245, 63, 63, 255}, {20, 144, 204, 255},
}

// caseDocument is a minimal valid one-page PDF describing a customer case.
func caseDocument(name string) (*filesystem.File, error) {
	body := fmt.Sprintf("BT /F1 18 Tf 72 720 Td (%s) Tj ET", "Case study")
	pdf := "%PDF-1.4\n" +
		"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
		"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
		fmt.Sprintf("4 0 obj<</Length %d>>stream\n%s\nendstream endobj\n", len(body), body) +
		"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n" +
		"trailer<</Root 1 0 R>>\n%%EOF\n"
	return filesystem.NewFileFromBytes([]byte(pdf), name+".pdf")
}

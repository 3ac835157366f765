import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

/** An A4 page at 96 dpi: the letter is drawn at print size and scaled to fit the column. */
const PAGE_WIDTH = 794;
const PAGE_HEIGHT = 1123;

/**
 * Shows letter HTML as it will print. `sandbox=""` gives the frame an opaque origin and no script:
 * the letter is data typed by people, and the preview must never be able to reach the app.
 */
export function LetterFrame({ html, title }: { html: string; title: string }) {
  const { ref, width } = useElementSize();
  const scale = width > 0 ? Math.min(1, width / PAGE_WIDTH) : 1;
  return (
    <Box ref={ref} w="100%" h={PAGE_HEIGHT * scale} style={{ overflow: 'hidden' }} bg="gray.2">
      <iframe
        title={title}
        srcDoc={html}
        sandbox=""
        style={{
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          border: 0,
          background: 'white',
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
          display: 'block',
        }}
      />
    </Box>
  );
}

// A signature drawn with finger, pen or mouse on a canvas. Drawing stays in the browser; when a stroke ends the
// whole signature goes to .NET once, as a PNG data URL (SignaturePad.Signed), and clearing sends null.
export function attach(canvas, dotnet) {
    const context = canvas.getContext('2d');
    let drawing = false;
    let drawn = false;

    const fit = () => {
        const ratio = window.devicePixelRatio || 1;
        canvas.width = canvas.clientWidth * ratio;
        canvas.height = canvas.clientHeight * ratio;
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.lineWidth = 2;
        context.lineCap = 'round';
        context.lineJoin = 'round';
        context.strokeStyle = '#1a1a1a';
    };
    const point = e => {
        const box = canvas.getBoundingClientRect();
        return [e.clientX - box.left, e.clientY - box.top];
    };
    const down = e => {
        drawing = true;
        canvas.setPointerCapture(e.pointerId);
        const [x, y] = point(e);
        context.beginPath();
        context.moveTo(x, y);
        context.lineTo(x + 0.1, y + 0.1);
        context.stroke();
        e.preventDefault();
    };
    const move = e => {
        if (!drawing) return;
        const [x, y] = point(e);
        context.lineTo(x, y);
        context.stroke();
        e.preventDefault();
    };
    const up = () => {
        if (!drawing) return;
        drawing = false;
        drawn = true;
        dotnet.invokeMethodAsync('Signed', canvas.toDataURL('image/png'));
    };

    fit();
    canvas.style.touchAction = 'none';
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);

    return {
        clear() {
            context.clearRect(0, 0, canvas.width, canvas.height);
            if (drawn) dotnet.invokeMethodAsync('Signed', null);
            drawn = false;
        },
        dispose() {
            canvas.removeEventListener('pointerdown', down);
            canvas.removeEventListener('pointermove', move);
            canvas.removeEventListener('pointerup', up);
            canvas.removeEventListener('pointercancel', up);
        },
    };
}

// The Stripe card form (Payment Element). Loaded only when Stripe keys are configured: it adds Stripe.js from
// js.stripe.com on first use, mounts the element for the order's PaymentIntent and confirms it in the browser.
let stripe;
let elements;

function loadStripeJs() {
    if (window.Stripe) {
        return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = 'https://js.stripe.com/v3';
        script.onload = resolve;
        script.onerror = () => reject(new Error('Stripe.js could not be loaded'));
        document.head.appendChild(script);
    });
}

export async function mount(host, publishableKey, clientSecret) {
    await loadStripeJs();
    stripe = window.Stripe(publishableKey);
    elements = stripe.elements({ clientSecret });
    elements.create('payment').mount(host);
}

// Returns null when the payment went through (or is processing), else Stripe's message for the card holder.
export async function confirm(returnUrl) {
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl }, redirect: 'if_required' });
    return error ? error.message : null;
}

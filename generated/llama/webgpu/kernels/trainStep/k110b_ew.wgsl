// kernel k110b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t607: array<f32>;
@group(0) @binding(2) var<storage, read> t592: array<f32>;
@group(0) @binding(3) var<storage, read> t604: array<f32>;
@group(0) @binding(4) var<storage, read> t581: array<f32>;
@group(0) @binding(5) var<storage, read_write> t615: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l609: f32 = t607[0i];
  let v610: f32 = l0 * l609;
  let x592: f32 = t592[i];
  let x604: f32 = t604[i];
  let v611: f32 = x592 / x604;
  let l613: f32 = t581[0i];
  let v614: f32 = v611 * l613;
  let v615: f32 = v610 - v614;
  t615[i] = v615;
}

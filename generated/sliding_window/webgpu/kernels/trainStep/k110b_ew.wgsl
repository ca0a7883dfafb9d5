// kernel k110b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t604: array<f32>;
@group(0) @binding(3) var<storage, read> t616: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t627: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l621: f32 = t619[0i];
  let v622: f32 = l0 * l621;
  let x604: f32 = t604[i];
  let x616: f32 = t616[i];
  let v623: f32 = x604 / x616;
  let l625: f32 = t593[0i];
  let v626: f32 = v623 * l625;
  let v627: f32 = v622 - v626;
  t627[i] = v627;
}

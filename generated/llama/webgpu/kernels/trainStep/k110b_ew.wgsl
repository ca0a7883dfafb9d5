// kernel k110b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t602: array<f32>;
@group(0) @binding(3) var<storage, read> t614: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read_write> t625: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l619: f32 = t617[0i];
  let v620: f32 = l0 * l619;
  let x602: f32 = t602[i];
  let x614: f32 = t614[i];
  let v621: f32 = x602 / x614;
  let l623: f32 = t591[0i];
  let v624: f32 = v621 * l623;
  let v625: f32 = v620 - v624;
  t625[i] = v625;
}

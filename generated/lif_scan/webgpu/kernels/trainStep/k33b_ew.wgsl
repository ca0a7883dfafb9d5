// kernel k33b_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t197: array<f32>;
@group(0) @binding(2) var<storage, read> t309: array<f32>;
@group(0) @binding(3) var<storage, read> t320: array<f32>;
@group(0) @binding(4) var<storage, read> t171: array<f32>;
@group(0) @binding(5) var<storage, read_write> t326: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_head_w[i];
  let l321: f32 = t197[0i];
  let v322: f32 = l5 * l321;
  let x309: f32 = t309[i];
  let x320: f32 = t320[i];
  let v323: f32 = x309 / x320;
  let l324: f32 = t171[0i];
  let v325: f32 = v323 * l324;
  let v326: f32 = v322 - v325;
  t326[i] = v326;
}

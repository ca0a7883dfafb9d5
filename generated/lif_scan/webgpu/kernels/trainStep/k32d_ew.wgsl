// kernel k32d_ew
@group(0) @binding(0) var<storage, read> p_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t204: array<f32>;
@group(0) @binding(2) var<storage, read> t274: array<f32>;
@group(0) @binding(3) var<storage, read> t285: array<f32>;
@group(0) @binding(4) var<storage, read> t178: array<f32>;
@group(0) @binding(5) var<storage, read_write> t291: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_rest_0_fc_w[i];
  let l286: f32 = t204[0i];
  let v287: f32 = l3 * l286;
  let x274: f32 = t274[i];
  let x285: f32 = t285[i];
  let v288: f32 = x274 / x285;
  let l289: f32 = t178[0i];
  let v290: f32 = v288 * l289;
  let v291: f32 = v287 - v290;
  t291[i] = v291;
}

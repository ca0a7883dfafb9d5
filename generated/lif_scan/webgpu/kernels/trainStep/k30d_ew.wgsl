// kernel k30d_ew
@group(0) @binding(0) var<storage, read> p_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t197: array<f32>;
@group(0) @binding(2) var<storage, read> t267: array<f32>;
@group(0) @binding(3) var<storage, read> t278: array<f32>;
@group(0) @binding(4) var<storage, read> t171: array<f32>;
@group(0) @binding(5) var<storage, read_write> t284: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l3: f32 = p_rest_0_fc_w[i];
  let l279: f32 = t197[0i];
  let v280: f32 = l3 * l279;
  let x267: f32 = t267[i];
  let x278: f32 = t278[i];
  let v281: f32 = x267 / x278;
  let l282: f32 = t171[0i];
  let v283: f32 = v281 * l282;
  let v284: f32 = v280 - v283;
  t284[i] = v284;
}

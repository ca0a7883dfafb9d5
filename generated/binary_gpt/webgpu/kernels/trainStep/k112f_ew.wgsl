// kernel k112f_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1073: array<f32>;
@group(0) @binding(3) var<storage, read> t1080: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1084: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_blocks_0_mlp_proj_w[i];
  let l738: f32 = t736[0i];
  let v1081: f32 = l19 * l738;
  let x1073: f32 = t1073[i];
  let x1080: f32 = t1080[i];
  let v1082: f32 = x1073 / x1080;
  let l742: f32 = t710[0i];
  let v1083: f32 = v1082 * l742;
  let v1084: f32 = v1081 - v1083;
  t1084[i] = v1084;
}

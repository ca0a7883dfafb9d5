// kernel k94h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1201: array<f32>;
@group(0) @binding(3) var<storage, read> t1208: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_blocks_1_mlp_fc_w[i];
  let l937: f32 = t675[0i];
  let v1209: f32 = l30 * l937;
  let x1201: f32 = t1201[i];
  let x1208: f32 = t1208[i];
  let v1210: f32 = x1201 / x1208;
  let l940: f32 = t649[0i];
  let v1211: f32 = v1210 * l940;
  let v1212: f32 = v1209 - v1211;
  t1212[i] = v1212;
}

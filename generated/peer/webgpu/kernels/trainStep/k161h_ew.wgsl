// kernel k161h_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_v: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1470: array<f32>;
@group(0) @binding(3) var<storage, read> t1477: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1481: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l35: f32 = p_blocks_1_ffn_v[i];
  let l1178: f32 = t843[0i];
  let v1478: f32 = l35 * l1178;
  let x1470: f32 = t1470[i];
  let x1477: f32 = t1477[i];
  let v1479: f32 = x1470 / x1477;
  let l1181: f32 = t817[0i];
  let v1480: f32 = v1479 * l1181;
  let v1481: f32 = v1478 - v1480;
  t1481[i] = v1481;
}

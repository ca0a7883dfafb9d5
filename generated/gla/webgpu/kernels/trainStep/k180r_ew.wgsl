// kernel k180r_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1370: array<f32>;
@group(0) @binding(3) var<storage, read> t1377: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1381: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_layers_1_attn_wr_w[i];
  let l981: f32 = t925[0i];
  let v1378: f32 = l23 * l981;
  let x1370: f32 = t1370[i];
  let x1377: f32 = t1377[i];
  let v1379: f32 = x1370 / x1377;
  let l984: f32 = t899[0i];
  let v1380: f32 = v1379 * l984;
  let v1381: f32 = v1378 - v1380;
  t1381[i] = v1381;
}

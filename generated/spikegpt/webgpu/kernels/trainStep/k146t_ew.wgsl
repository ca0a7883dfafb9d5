// kernel k146t_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1661: array<f32>;
@group(0) @binding(3) var<storage, read> t1668: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1672: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l37: f32 = p_blocks_1_ffn_receptance_w[i];
  let l1214: f32 = t1030[0i];
  let v1669: f32 = l37 * l1214;
  let x1661: f32 = t1661[i];
  let x1668: f32 = t1668[i];
  let v1670: f32 = x1661 / x1668;
  let l1217: f32 = t1004[0i];
  let v1671: f32 = v1670 * l1217;
  let v1672: f32 = v1669 - v1671;
  t1672[i] = v1672;
}

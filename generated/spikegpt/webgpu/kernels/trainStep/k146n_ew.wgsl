// kernel k146n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1529: array<f32>;
@group(0) @binding(3) var<storage, read> t1536: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1540: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l29: f32 = p_blocks_1_att_value_w[i];
  let l1214: f32 = t1030[0i];
  let v1537: f32 = l29 * l1214;
  let x1529: f32 = t1529[i];
  let x1536: f32 = t1536[i];
  let v1538: f32 = x1529 / x1536;
  let l1217: f32 = t1004[0i];
  let v1539: f32 = v1538 * l1217;
  let v1540: f32 = v1537 - v1539;
  t1540[i] = v1540;
}

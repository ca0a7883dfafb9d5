// kernel k95b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t959: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t962: array<f32>;
@group(0) @binding(4) var<storage, read> t284: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1209: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l15: f32 = p_blocks_0_mlp_fc_b[i];
  let x959: f32 = t959[i];
  let l960: f32 = t645[0i];
  let v961: f32 = x959 * l960;
  let v962: f32 = l15 - v961;
  t962[i] = v962;
  let l285: f32 = t284[i];
  let l939: f32 = t636[0i];
  let v1209: f32 = l285 * l939;
  t1209[i] = v1209;
}

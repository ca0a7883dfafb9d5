// kernel k144j_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1678: array<f32>;
@group(0) @binding(3) var<storage, read> t1685: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1689: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l38: f32 = p_blocks_1_ffn_value_w[i];
  let l1032: f32 = t1030[0i];
  let v1686: f32 = l38 * l1032;
  let x1678: f32 = t1678[i];
  let x1685: f32 = t1685[i];
  let v1687: f32 = x1678 / x1685;
  let l1036: f32 = t1004[0i];
  let v1688: f32 = v1687 * l1036;
  let v1689: f32 = v1686 - v1688;
  t1689[i] = v1689;
}

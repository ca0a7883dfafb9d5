// kernel k144i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t396: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1678: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1682: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1685: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1674: f32 = p_optim_m_blocks_1_ffn_value_w[i];
  let v1676: f32 = l1674 * 0.9f;
  let l396: f32 = t396[i];
  let l1007: f32 = t995[0i];
  let v1673: f32 = l396 * l1007;
  let v1677: f32 = v1673 * 0.1f;
  let v1678: f32 = v1676 + v1677;
  t1678[i] = v1678;
  let l1675: f32 = p_optim_v_blocks_1_ffn_value_w[i];
  let v1679: f32 = l1675 * 0.95f;
  let v1680: f32 = v1673 * v1673;
  let v1681: f32 = v1680 * 0.05f;
  let v1682: f32 = v1679 + v1681;
  t1682[i] = v1682;
  let v1683: f32 = sqrt(v1682);
  let l1024: f32 = t1005[0i];
  let v1684: f32 = v1683 / l1024;
  let v1685: f32 = v1684 + 1e-8f;
  t1685[i] = v1685;
}

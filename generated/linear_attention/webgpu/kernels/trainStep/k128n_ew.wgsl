// kernel k128n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1147: array<f32>;
@group(0) @binding(3) var<storage, read> t337: array<f32>;
@group(0) @binding(4) var<storage, read> t736: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1148: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln2_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1153: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l20: f32 = p_blocks_1_ln2_g[i];
    let x1146: f32 = t1146[i];
    let v1147: f32 = l20 - x1146;
    t1147[i] = v1147;
    let l338: f32 = t337[i];
    let l807: f32 = t736[0i];
    let v1148: f32 = l338 * l807;
    t1148[i] = v1148;
    let l1149: f32 = p_optim_m_blocks_1_ln2_b[i];
    let v1151: f32 = l1149 * 0.9f;
    let v1152: f32 = v1148 * 0.1f;
    let v1153: f32 = v1151 + v1152;
    t1153[i] = v1153;
  }
}

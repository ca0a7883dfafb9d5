// kernel k145d_ew
@group(0) @binding(0) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1080: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1081: array<f32>;
@group(0) @binding(3) var<storage, read> t749: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1082: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_ln1_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1087: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_ln0_b[i];
    let x1080: f32 = t1080[i];
    let v1081: f32 = l2 - x1080;
    t1081[i] = v1081;
    let l750: f32 = t749[i];
    let l1040: f32 = t995[0i];
    let v1082: f32 = l750 * l1040;
    t1082[i] = v1082;
    let l1083: f32 = p_optim_m_blocks_0_ln1_g[i];
    let v1085: f32 = l1083 * 0.9f;
    let v1086: f32 = v1082 * 0.1f;
    let v1087: f32 = v1085 + v1086;
    t1087[i] = v1087;
  }
}

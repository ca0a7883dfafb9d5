// kernel k25a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t728: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read_write> t864: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t870: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t877: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l858: f32 = p_optim_m_first_fc_b[i];
    let v861: f32 = l858 * 0.9f;
    let l729: f32 = t728[i];
    let l856: f32 = t785[0i];
    let v857: f32 = l729 * l856;
    let v863: f32 = v857 * 0.1f;
    let v864: f32 = v861 + v863;
    t864[i] = v864;
    let l859: f32 = p_optim_v_first_fc_b[i];
    let v866: f32 = l859 * 0.95f;
    let v867: f32 = v857 * v857;
    let v869: f32 = v867 * 0.05f;
    let v870: f32 = v866 + v869;
    t870[i] = v870;
    let v871: f32 = sqrt(v870);
    let l873: f32 = t795[0i];
    let v874: f32 = v871 / l873;
    let v876: f32 = v874 + 1e-8f;
    let v877: f32 = v864 / v876;
    t877[i] = v877;
  }
}

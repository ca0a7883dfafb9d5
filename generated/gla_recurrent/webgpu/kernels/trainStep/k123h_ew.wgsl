// kernel k123h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1029: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1033: array<f32>;
@group(0) @binding(5) var<storage, read> t676: array<f32>;
@group(0) @binding(6) var<storage, read> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1038: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1025: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1027: f32 = l1025 * 0.9f;
    let x1024: f32 = t1024[i];
    let v1028: f32 = x1024 * 0.1f;
    let v1029: f32 = v1027 + v1028;
    t1029[i] = v1029;
    let l1026: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1030: f32 = l1026 * 0.95f;
    let v1031: f32 = x1024 * x1024;
    let v1032: f32 = v1031 * 0.05f;
    let v1033: f32 = v1030 + v1032;
    t1033[i] = v1033;
    let v1034: f32 = sqrt(v1033);
    let l728: f32 = t676[0i];
    let v1035: f32 = v1034 / l728;
    let v1036: f32 = v1035 + 1e-8f;
    let v1037: f32 = v1029 / v1036;
    let l734: f32 = t675[0i];
    let v1038: f32 = v1037 * l734;
    t1038[i] = v1038;
  }
}

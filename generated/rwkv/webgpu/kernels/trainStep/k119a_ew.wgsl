// kernel k119a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_ln0_g: array<f32>;
@group(0) @binding(1) var<storage, read> t680: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t954: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_ln0_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t960: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t967: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l948: f32 = p_optim_m_ln0_g[i];
    let v951: f32 = l948 * 0.9f;
    let l681: f32 = t680[i];
    let l946: f32 = t901[0i];
    let v947: f32 = l681 * l946;
    let v953: f32 = v947 * 0.1f;
    let v954: f32 = v951 + v953;
    t954[i] = v954;
    let l949: f32 = p_optim_v_ln0_g[i];
    let v956: f32 = l949 * 0.95f;
    let v957: f32 = v947 * v947;
    let v959: f32 = v957 * 0.05f;
    let v960: f32 = v956 + v959;
    t960[i] = v960;
    let v961: f32 = sqrt(v960);
    let l963: f32 = t911[0i];
    let v964: f32 = v961 / l963;
    let v966: f32 = v964 + 1e-8f;
    let v967: f32 = v954 / v966;
    t967[i] = v967;
  }
}

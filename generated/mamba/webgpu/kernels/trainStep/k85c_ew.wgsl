// kernel k85c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t845: array<f32>;
@group(0) @binding(2) var<storage, read_write> t850: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t854: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t571: array<f32>;
@group(0) @binding(7) var<storage, read_write> t859: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k85c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l846: f32 = p_optim_m_layers_1_norm_g[i];
    let v848: f32 = l846 * 0.9f;
    let x845: f32 = t845[i];
    let v849: f32 = x845 * 0.1f;
    let v850: f32 = v848 + v849;
    t850[i] = v850;
    let l847: f32 = p_optim_v_layers_1_norm_g[i];
    let v851: f32 = l847 * 0.95f;
    let v852: f32 = x845 * x845;
    let v853: f32 = v852 * 0.05f;
    let v854: f32 = v851 + v853;
    t854[i] = v854;
    let v855: f32 = sqrt(v854);
    let l624: f32 = t572[0i];
    let v856: f32 = v855 / l624;
    let v857: f32 = v856 + 1e-8f;
    let v858: f32 = v850 / v857;
    let l630: f32 = t571[0i];
    let v859: f32 = v858 * l630;
    t859[i] = v859;
  }
}

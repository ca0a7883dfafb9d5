// kernel k25f_reduce
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t792: array<f32>;
@group(0) @binding(3) var<storage, read_write> t897: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_rest_0_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t903: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t908: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l891: f32 = p_optim_m_rest_0_fc_w[col];
    let v894: f32 = l891 * 0.9f;
    let l609: f32 = t609[col];
    let x792: f32 = t792[0i];
    let v890: f32 = l609 * x792;
    let v896: f32 = v890 * 0.1f;
    let v897: f32 = v894 + v896;
    t897[col] = v897;
    let l892: f32 = p_optim_v_rest_0_fc_w[col];
    let v899: f32 = l892 * 0.95f;
    let v900: f32 = v890 * v890;
    let v902: f32 = v900 * 0.05f;
    let v903: f32 = v899 + v902;
    t903[col] = v903;
    let v904: f32 = sqrt(v903);
    let x802: f32 = t802[0i];
    let v906: f32 = v904 / x802;
    let v908: f32 = v906 + 1e-8f;
    t908[col] = v908;
  }
}

// kernel k23f_reduce
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t602: array<f32>;
@group(0) @binding(2) var<storage, read> t785: array<f32>;
@group(0) @binding(3) var<storage, read_write> t890: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_rest_0_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t896: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t901: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l884: f32 = p_optim_m_rest_0_fc_w[col];
    let v887: f32 = l884 * 0.9f;
    let l602: f32 = t602[col];
    let x785: f32 = t785[0i];
    let v883: f32 = l602 * x785;
    let v889: f32 = v883 * 0.1f;
    let v890: f32 = v887 + v889;
    t890[col] = v890;
    let l885: f32 = p_optim_v_rest_0_fc_w[col];
    let v892: f32 = l885 * 0.95f;
    let v893: f32 = v883 * v883;
    let v895: f32 = v893 * 0.05f;
    let v896: f32 = v892 + v895;
    t896[col] = v896;
    let v897: f32 = sqrt(v896);
    let x795: f32 = t795[0i];
    let v899: f32 = v897 / x795;
    let v901: f32 = v899 + 1e-8f;
    t901[col] = v901;
  }
}

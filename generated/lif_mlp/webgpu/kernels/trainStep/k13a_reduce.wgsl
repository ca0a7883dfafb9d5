// kernel k13a_reduce
@group(0) @binding(0) var<storage, read> t491: array<f32>;
@group(0) @binding(1) var<storage, read> t497: array<f32>;
@group(0) @binding(2) var<storage, read> t503: array<f32>;
@group(0) @binding(3) var<storage, read> t509: array<f32>;
@group(0) @binding(4) var<storage, read> t515: array<f32>;
@group(0) @binding(5) var<storage, read> t521: array<f32>;
@group(0) @binding(6) var<storage, read> t527: array<f32>;
@group(0) @binding(7) var<storage, read_write> t589: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let g: f32 = t491[row + col / 16i * 128i];
    let l493: f32 = select(0.0f, g, col % 16i + -15i >= 0i && col % 16i + -15i < 1i);
    let g_1: f32 = t497[row + col / 16i * 128i];
    let l499: f32 = select(0.0f, g_1, col % 16i + -14i >= 0i && col % 16i + -14i < 1i);
    let v584: f32 = l493 + l499;
    let g_2: f32 = t503[row + col / 16i * 128i];
    let l505: f32 = select(0.0f, g_2, col % 16i + -13i >= 0i && col % 16i + -13i < 1i);
    let v585: f32 = v584 + l505;
    let g_3: f32 = t509[row + col / 16i * 128i];
    let l511: f32 = select(0.0f, g_3, col % 16i + -12i >= 0i && col % 16i + -12i < 1i);
    let v586: f32 = v585 + l511;
    let g_4: f32 = t515[row + col / 16i * 128i];
    let l517: f32 = select(0.0f, g_4, col % 16i + -11i >= 0i && col % 16i + -11i < 1i);
    let v587: f32 = v586 + l517;
    let g_5: f32 = t521[row + col / 16i * 128i];
    let l523: f32 = select(0.0f, g_5, col % 16i + -10i >= 0i && col % 16i + -10i < 1i);
    let v588: f32 = v587 + l523;
    let g_6: f32 = t527[row + col / 16i * 128i];
    let l529: f32 = select(0.0f, g_6, col % 16i + -9i >= 0i && col % 16i + -9i < 1i);
    let v589: f32 = v588 + l529;
    t589[row + col * 128i] = v589;
  }
}

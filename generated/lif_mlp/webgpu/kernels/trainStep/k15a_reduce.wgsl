// kernel k15a_reduce
@group(0) @binding(0) var<storage, read> t498: array<f32>;
@group(0) @binding(1) var<storage, read> t504: array<f32>;
@group(0) @binding(2) var<storage, read> t510: array<f32>;
@group(0) @binding(3) var<storage, read> t516: array<f32>;
@group(0) @binding(4) var<storage, read> t522: array<f32>;
@group(0) @binding(5) var<storage, read> t528: array<f32>;
@group(0) @binding(6) var<storage, read> t534: array<f32>;
@group(0) @binding(7) var<storage, read_write> t596: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let g: f32 = t498[select(0i, row + col / 16i * 128i, col % 16i + -15i >= 0i && col % 16i + -15i < 1i)];
    let l500: f32 = select(0.0f, g, col % 16i + -15i >= 0i && col % 16i + -15i < 1i);
    let g_1: f32 = t504[select(0i, row + col / 16i * 128i, col % 16i + -14i >= 0i && col % 16i + -14i < 1i)];
    let l506: f32 = select(0.0f, g_1, col % 16i + -14i >= 0i && col % 16i + -14i < 1i);
    let v591: f32 = l500 + l506;
    let g_2: f32 = t510[select(0i, row + col / 16i * 128i, col % 16i + -13i >= 0i && col % 16i + -13i < 1i)];
    let l512: f32 = select(0.0f, g_2, col % 16i + -13i >= 0i && col % 16i + -13i < 1i);
    let v592: f32 = v591 + l512;
    let g_3: f32 = t516[select(0i, row + col / 16i * 128i, col % 16i + -12i >= 0i && col % 16i + -12i < 1i)];
    let l518: f32 = select(0.0f, g_3, col % 16i + -12i >= 0i && col % 16i + -12i < 1i);
    let v593: f32 = v592 + l518;
    let g_4: f32 = t522[select(0i, row + col / 16i * 128i, col % 16i + -11i >= 0i && col % 16i + -11i < 1i)];
    let l524: f32 = select(0.0f, g_4, col % 16i + -11i >= 0i && col % 16i + -11i < 1i);
    let v594: f32 = v593 + l524;
    let g_5: f32 = t528[select(0i, row + col / 16i * 128i, col % 16i + -10i >= 0i && col % 16i + -10i < 1i)];
    let l530: f32 = select(0.0f, g_5, col % 16i + -10i >= 0i && col % 16i + -10i < 1i);
    let v595: f32 = v594 + l530;
    let g_6: f32 = t534[select(0i, row + col / 16i * 128i, col % 16i + -9i >= 0i && col % 16i + -9i < 1i)];
    let l536: f32 = select(0.0f, g_6, col % 16i + -9i >= 0i && col % 16i + -9i < 1i);
    let v596: f32 = v595 + l536;
    t596[row + col * 128i] = v596;
  }
}

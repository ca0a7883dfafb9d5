// kernel k19a_reduce
@group(0) @binding(0) var<storage, read> t627: array<f32>;
@group(0) @binding(1) var<storage, read> t633: array<f32>;
@group(0) @binding(2) var<storage, read> t639: array<f32>;
@group(0) @binding(3) var<storage, read> t645: array<f32>;
@group(0) @binding(4) var<storage, read> t651: array<f32>;
@group(0) @binding(5) var<storage, read> t657: array<f32>;
@group(0) @binding(6) var<storage, read> t663: array<f32>;
@group(0) @binding(7) var<storage, read_write> t725: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let g: f32 = t627[select(0i, row + col / 16i * 128i, col % 16i + -15i >= 0i && col % 16i + -15i < 1i)];
    let l629: f32 = select(0.0f, g, col % 16i + -15i >= 0i && col % 16i + -15i < 1i);
    let g_1: f32 = t633[select(0i, row + col / 16i * 128i, col % 16i + -14i >= 0i && col % 16i + -14i < 1i)];
    let l635: f32 = select(0.0f, g_1, col % 16i + -14i >= 0i && col % 16i + -14i < 1i);
    let v720: f32 = l629 + l635;
    let g_2: f32 = t639[select(0i, row + col / 16i * 128i, col % 16i + -13i >= 0i && col % 16i + -13i < 1i)];
    let l641: f32 = select(0.0f, g_2, col % 16i + -13i >= 0i && col % 16i + -13i < 1i);
    let v721: f32 = v720 + l641;
    let g_3: f32 = t645[select(0i, row + col / 16i * 128i, col % 16i + -12i >= 0i && col % 16i + -12i < 1i)];
    let l647: f32 = select(0.0f, g_3, col % 16i + -12i >= 0i && col % 16i + -12i < 1i);
    let v722: f32 = v721 + l647;
    let g_4: f32 = t651[select(0i, row + col / 16i * 128i, col % 16i + -11i >= 0i && col % 16i + -11i < 1i)];
    let l653: f32 = select(0.0f, g_4, col % 16i + -11i >= 0i && col % 16i + -11i < 1i);
    let v723: f32 = v722 + l653;
    let g_5: f32 = t657[select(0i, row + col / 16i * 128i, col % 16i + -10i >= 0i && col % 16i + -10i < 1i)];
    let l659: f32 = select(0.0f, g_5, col % 16i + -10i >= 0i && col % 16i + -10i < 1i);
    let v724: f32 = v723 + l659;
    let g_6: f32 = t663[select(0i, row + col / 16i * 128i, col % 16i + -9i >= 0i && col % 16i + -9i < 1i)];
    let l665: f32 = select(0.0f, g_6, col % 16i + -9i >= 0i && col % 16i + -9i < 1i);
    let v725: f32 = v724 + l665;
    t725[row + col * 128i] = v725;
  }
}
